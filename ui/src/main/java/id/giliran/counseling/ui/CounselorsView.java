package id.giliran.counseling.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.giliran.api.counseling.CounselorSort;
import id.giliran.api.counseling.CounselorSummary;
import id.giliran.api.counseling.Specialization;
import id.giliran.ui.ErrorText;
import id.giliran.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Students find a counselor: profile, specializations, session channels, rating (reviews come
 * later: "belum ada ulasan"), the earliest free time; filter by specialization and "free this
 * week", sort by name, rating or earliest free time.
 */
@Route("konseling")
@Menu(title = "menu.counselors", order = 4)
@RolesAllowed({"SISWA", "KONSELOR", "ADMIN"})
public class CounselorsView extends VerticalLayout implements HasDynamicTitle {

    private final CounselingService counseling;
    private final CounselorPhotos photos;
    final Select<Specialization> specialization = new Select<>();
    final Checkbox freeThisWeek = new Checkbox();
    final Select<CounselorSort> sort = new Select<>();
    final Div list = new Div();

    public CounselorsView(CounselingService counseling, CounselorPhotos photos) {
        this.counseling = counseling;
        this.photos = photos;
        addClassName("giliran-counselors");

        specialization.setId("counselors-specialization");
        specialization.setLabel(getTranslation("counselors.specialization"));
        specialization.setEmptySelectionAllowed(true);
        specialization.setEmptySelectionCaption(getTranslation("counselors.specialization.all"));
        specialization.setItems(Specialization.values());
        specialization.setItemLabelGenerator(value -> value == null ? getTranslation("counselors.specialization.all")
                : getTranslation("counseling.specialization." + value.name()));
        freeThisWeek.setId("counselors-free-this-week");
        freeThisWeek.setLabel(getTranslation("counselors.free-this-week"));
        sort.setId("counselors-sort");
        sort.setLabel(getTranslation("counselors.sort"));
        sort.setItems(CounselorSort.values());
        sort.setItemLabelGenerator(value -> getTranslation("counselors.sort." + value.name()));
        sort.setValue(CounselorSort.EARLIEST_FREE_SLOT);
        specialization.addValueChangeListener(change -> refresh());
        freeThisWeek.addValueChangeListener(change -> refresh());
        sort.addValueChangeListener(change -> refresh());

        HorizontalLayout filters = new HorizontalLayout(specialization, sort, freeThisWeek);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        list.setId("counselor-list");
        list.setWidthFull();
        add(new H2(getTranslation("counselors.title")), new Paragraph(getTranslation("counselors.intro")), filters, list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        List<CounselorSummary> counselors;
        try {
            counselors = counseling.counselors(specialization.getValue(), freeThisWeek.getValue(), sort.getValue());
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
            return;
        }
        if (counselors.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("counselors.none"));
            none.setId("counselors-none");
            list.add(none);
        }
        counselors.forEach(counselor -> list.add(card(counselor)));
    }

    private Div card(CounselorSummary counselor) {
        Div card = new Div();
        card.addClassName("giliran-counselor-card");
        card.setId("counselor-" + DomIds.of(counselor.counselorId()));
        Avatar avatar = new Avatar(counselor.name());
        photos.apply(avatar, counselor.photoId());
        H3 name = new H3(counselor.name());
        HorizontalLayout header = new HorizontalLayout(avatar, name);
        header.setAlignItems(FlexComponent.Alignment.CENTER);

        Div specializations = new Div();
        counselor.specializations().stream().sorted().forEach(value -> {
            Span badge = new Span(getTranslation("counseling.specialization." + value.name()));
            badge.getElement().setAttribute("theme", "badge");
            badge.getStyle().set("margin-right", "var(--lumo-space-xs)");
            specializations.add(badge);
        });
        Paragraph channels = new Paragraph(getTranslation("counselors.channels", counselor.channels().stream().sorted()
                .map(channel -> getTranslation("counseling.channel." + channel.name())).collect(Collectors.joining(", "))));
        Paragraph rating = new Paragraph(counselor.reviewCount() == 0 ? getTranslation("counselors.no-reviews")
                : getTranslation("counselors.rating", String.format(Formats.INDONESIAN, "%.1f", counselor.averageRating()),
                counselor.reviewCount()));
        rating.addClassName("giliran-rating");
        Paragraph free = new Paragraph(counselor.earliestFreeSlot() == null ? getTranslation("counselors.no-free-slot")
                : getTranslation("counselors.earliest", Formats.date(counselor.earliestFreeSlot().toLocalDate()),
                Formats.time(counselor.earliestFreeSlot())));
        free.addClassName("giliran-earliest");
        Button choose = new Button(getTranslation("counselors.choose"),
                click -> getUI().ifPresent(ui -> ui.navigate(CounselorBookingView.class, counselor.counselorId())));
        choose.setId("choose-" + DomIds.of(counselor.counselorId()));
        choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(header, specializations);
        if (counselor.bio() != null && !counselor.bio().isBlank()) {
            card.add(new Paragraph(counselor.bio()));
        }
        card.add(channels, rating, free, choose);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("counselors.title");
    }
}
