package id.giliran.api.report;

/** One clinic's queue figures, named as the clinic is named now. */
public record ClinicFigures(String clinicCode, String clinicName, QueueFigures queue) {
}
