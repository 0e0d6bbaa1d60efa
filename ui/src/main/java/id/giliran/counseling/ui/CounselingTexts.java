package id.giliran.counseling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import id.giliran.api.counseling.CounselingStatus;
import id.giliran.api.counseling.Slot;
import id.giliran.ui.Formats;

/** How counseling values read on screen. */
final class CounselingTexts {

    private CounselingTexts() {
    }

    /** "Senin, 23 November 2026 · 09.00–09.45" */
    static String slot(Slot slot) {
        return Formats.date(slot.date()) + " · " + Formats.time(slot.start()) + "–" + Formats.time(slot.end());
    }

    static String slotTime(Slot slot) {
        return Formats.time(slot.start()) + "–" + Formats.time(slot.end());
    }

    static Span status(Component translator, CounselingStatus status) {
        Span badge = new Span(translator.getTranslation("counseling.status." + status.name()));
        badge.addClassName("giliran-status");
        badge.getElement().setAttribute("theme", "badge " + switch (status) {
            case PENDING, POSTPONED -> "";
            case CONFIRMED -> "success";
            case CANCELLED, NO_SHOW -> "error";
            case DONE -> "contrast";
        });
        return badge;
    }
}
