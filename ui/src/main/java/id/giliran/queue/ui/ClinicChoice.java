package id.giliran.queue.ui;

import id.giliran.api.masterdata.ClinicView;

/**
 * A clinic on the kiosk.
 *
 * @param left tickets left today; null when the clinic has no quota
 */
public record ClinicChoice(ClinicView clinic, Long left) {

    public boolean full() {
        return left != null && left == 0;
    }
}
