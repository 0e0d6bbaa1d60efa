package id.giliran.api.bpjs;

import java.util.List;

/**
 * PCare's clinics, or why they could not be read.
 *
 * @param explanation {@code null} when read; otherwise, for the admin, in Bahasa Indonesia
 */
public record BpjsClinicsView(List<BpjsClinic> clinics, String explanation) {

    public BpjsClinicsView {
        clinics = clinics == null ? List.of() : List.copyOf(clinics);
    }

    public boolean loaded() {
        return explanation == null;
    }
}
