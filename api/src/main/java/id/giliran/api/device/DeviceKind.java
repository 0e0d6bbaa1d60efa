package id.giliran.api.device;

/** What a registered device is used as: the ticket kiosk in the entrance hall or the TV display in the waiting room. */
public enum DeviceKind {
    KIOSK,
    DISPLAY
}
