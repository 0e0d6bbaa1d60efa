package id.giliran.api.queue;

/**
 * How calling alternates: {@code priority} priority tickets, then {@code general} general tickets,
 * and again. {@code general == 0} means "priority always first". An empty list never blocks the
 * other one.
 */
public record PriorityRatio(int priority, int general) {

    public static final PriorityRatio DEFAULT = new PriorityRatio(2, 1);

    public PriorityRatio {
        if (priority < 1 || priority > 10 || general < 0 || general > 10) {
            throw new IllegalArgumentException("a ratio is 1..10 priority to 0..10 general: " + priority + ":" + general);
        }
    }

    public boolean priorityAlwaysFirst() {
        return general == 0;
    }
}
