package id.giliran.api.queue;

public enum TicketStatus {
    WAITING,
    CALLED
}
