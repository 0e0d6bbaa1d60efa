package id.giliran.queue.command;

import id.giliran.api.queue.PriorityRatio;

/** The calling ratio in force now. */
public interface CurrentRatio {

    PriorityRatio ratio();
}
