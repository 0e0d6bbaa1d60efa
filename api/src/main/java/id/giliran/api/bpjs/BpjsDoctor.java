package id.giliran.api.bpjs;

/** A doctor of the FKTP in PCare. */
public record BpjsDoctor(String code, String name) {
}
