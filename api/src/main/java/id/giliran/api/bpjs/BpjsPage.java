package id.giliran.api.bpjs;

import java.util.List;

/**
 * One page of a PCare list.
 *
 * @param total how many entries BPJS has in all, as it reports ("count")
 */
public record BpjsPage<T>(int total, List<T> items) {

    public BpjsPage {
        items = List.copyOf(items);
    }

    public static <T> BpjsPage<T> empty() {
        return new BpjsPage<>(0, List.of());
    }
}
