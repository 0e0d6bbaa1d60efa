package id.giliran.counseling.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.api.counseling.CounselingBookingView;
import id.giliran.api.counseling.CounselorView;
import id.giliran.api.counseling.OnBehalfRequest;
import id.giliran.api.counseling.RequesterRelation;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.api.counseling.Slot;
import id.giliran.api.counseling.StudentAccount;
import id.giliran.api.identity.Role;
import id.giliran.ui.ErrorText;
import id.giliran.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One counselor: their profile, the free times of the next two weeks (only free times are shown),
 * and the request: topic and channel; staff also say for which student and who asks and why.
 */
@Route("konseling/konselor")
@RolesAllowed({"SISWA", "KONSELOR", "ADMIN"})
public class CounselorBookingView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final DateTimeFormatter SLOT_ID = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    private final CounselingService counseling;
    private final CounselorPhotos photos;
    private CounselorView counselor;
    private LocalDateTime chosen;
    /** Times the calendar just refused as taken: left out even before the directory's read model shows them held. */
    private final Set<LocalDateTime> refused = new java.util.HashSet<>();

    final Div profile = new Div();
    final Div slots = new Div();
    final Paragraph chosenText = new Paragraph();
    final TextArea topic = new TextArea();
    final RadioButtonGroup<SessionChannel> channel = new RadioButtonGroup<>();
    final ComboBox<StudentAccount> student = new ComboBox<>();
    final TextField requesterName = new TextField();
    final Select<RequesterRelation> relation = new Select<>();
    final TextArea onBehalfReason = new TextArea();
    final Button submit = new Button();
    private final VerticalLayout onBehalf = new VerticalLayout();

    public CounselorBookingView(CounselingService counseling, CounselorPhotos photos) {
        this.counseling = counseling;
        this.photos = photos;
        addClassName("giliran-counselor-booking");
        profile.setId("counselor-profile");
        slots.setId("free-slots");
        chosenText.setId("chosen-slot");

        topic.setId("counseling-topic");
        topic.setLabel(getTranslation("booking-counseling.topic"));
        topic.setHelperText(getTranslation("booking-counseling.topic.hint"));
        topic.setMaxLength(TextLimit.TOPIC.max());
        topic.setWidthFull();
        channel.setId("counseling-channel");
        channel.setLabel(getTranslation("booking-counseling.channel"));
        channel.setItemLabelGenerator(value -> getTranslation("counseling.channel." + value.name()));

        student.setId("on-behalf-student");
        student.setLabel(getTranslation("booking-counseling.student"));
        student.setItemLabelGenerator(account -> account.displayName() + " (" + account.username() + ")");
        student.setItems(query -> counseling.students(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        student.setWidthFull();
        requesterName.setId("on-behalf-requester");
        requesterName.setMaxLength(TextLimit.PERSON_NAME.max());
        requesterName.setLabel(getTranslation("booking-counseling.requester"));
        relation.setId("on-behalf-relation");
        relation.setLabel(getTranslation("booking-counseling.relation"));
        relation.setItems(RequesterRelation.values());
        relation.setItemLabelGenerator(value -> getTranslation("counseling.relation." + value.name()));
        onBehalfReason.setId("on-behalf-reason");
        onBehalfReason.setMaxLength(TextLimit.REASON.max());
        onBehalfReason.setLabel(getTranslation("booking-counseling.reason"));
        onBehalfReason.setWidthFull();
        onBehalf.setPadding(false);
        onBehalf.add(new H4(getTranslation("booking-counseling.on-behalf")), student,
                new HorizontalLayout(requesterName, relation), onBehalfReason);

        submit.setId("counseling-submit");
        submit.setText(getTranslation("booking-counseling.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> submit());
        add(profile, new H3(getTranslation("booking-counseling.slots")), slots, chosenText, topic, channel);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String counselorId) {
        if (counselorId == null || counselorId.isBlank()) {
            event.forwardTo(CounselorsView.class);
            return;
        }
        Optional<CounselorView> found = counseling.counselor(counselorId);
        if (found.isEmpty()) {
            removeAll();
            Paragraph unknown = new Paragraph(getTranslation("error.COUNSELOR_UNKNOWN"));
            unknown.setId("counselor-unknown");
            add(unknown);
            return;
        }
        counselor = found.get();
        showProfile();
        channel.setItems(counselor.channels().stream().sorted().toList());
        if (counselor.channels().size() == 1) {
            channel.setValue(counselor.channels().iterator().next());
        }
        if (staff()) {
            add(onBehalf);
        }
        add(submit);
        showSlots();
    }

    private boolean staff() {
        return counseling.caller().hasAnyRole(Role.KONSELOR, Role.ADMIN);
    }

    private void showProfile() {
        profile.removeAll();
        Avatar avatar = new Avatar(counselor.name());
        photos.apply(avatar, counselor.photoId());
        HorizontalLayout header = new HorizontalLayout(avatar, new H2(counselor.name()));
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        profile.add(header);
        profile.add(new Paragraph(counselor.specializations().stream().sorted()
                .map(value -> getTranslation("counseling.specialization." + value.name()))
                .collect(Collectors.joining(" · "))));
        if (counselor.bio() != null && !counselor.bio().isBlank()) {
            profile.add(new Paragraph(counselor.bio()));
        }
        if (counselor.qualifications() != null && !counselor.qualifications().isBlank()) {
            profile.add(new Paragraph(getTranslation("booking-counseling.qualifications", counselor.qualifications())));
        }
        profile.add(new Paragraph(counselor.reviewCount() == 0 ? getTranslation("counselors.no-reviews")
                : getTranslation("counselors.rating", String.format(Formats.INDONESIAN, "%.1f", counselor.averageRating()),
                counselor.reviewCount())));
        profile.add(new Paragraph(getTranslation("booking-counseling.session", counselor.hours().sessionMinutes())));
    }

    /** Draws the free times, grouped by day; the chosen one stays chosen while it is still free. */
    void showSlots() {
        slots.removeAll();
        List<Slot> free = counseling.freeSlots(counselor.counselorId()).stream()
                .filter(slot -> !refused.contains(slot.start())).toList();
        if (chosen != null && free.stream().noneMatch(slot -> slot.start().equals(chosen))) {
            choose(null);
        }
        if (free.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("booking-counseling.no-slots"));
            none.setId("no-free-slots");
            slots.add(none);
            return;
        }
        Map<LocalDate, List<Slot>> byDay = free.stream()
                .collect(Collectors.groupingBy(Slot::date, LinkedHashMap::new, Collectors.toList()));
        byDay.forEach((day, daySlots) -> {
            Div times = new Div();
            times.addClassName("giliran-slot-times");
            for (Slot slot : daySlots) {
                Button time = new Button(CounselingTexts.slotTime(slot), click -> {
                    choose(slot.start());
                    showSlots();
                });
                time.setId("slot-" + SLOT_ID.format(slot.start()));
                time.addThemeVariants(slot.start().equals(chosen) ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
                time.getStyle().set("margin", "0 var(--lumo-space-xs) var(--lumo-space-xs) 0");
                times.add(time);
            }
            slots.add(new H4(Formats.date(day)), times);
        });
    }

    private void choose(LocalDateTime start) {
        chosen = start;
        chosenText.setText(start == null ? "" : getTranslation("booking-counseling.chosen",
                Formats.date(start.toLocalDate()), Formats.time(start)));
    }

    void submit() {
        if (chosen == null) {
            Notification.show(getTranslation("booking-counseling.choose-slot"), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        if (channel.getValue() == null) {
            Notification.show(getTranslation("booking-counseling.choose-channel"), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        try {
            CounselingBookingView booking;
            if (staff()) {
                booking = counseling.requestFor(counselor.counselorId(), student.getValue(), chosen, topic.getValue(),
                        channel.getValue(), new OnBehalfRequest(requesterName.getValue().strip(), relation.getValue(),
                                onBehalfReason.getValue().strip()));
            } else {
                booking = counseling.request(counselor.counselorId(), chosen, topic.getValue(), channel.getValue());
            }
            Notification.show(getTranslation("booking-counseling.sent", CounselingTexts.slot(booking.slot()),
                    counselor.name()), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (staff()) {
                choose(null);
                topic.clear();
                showSlots();
            } else {
                getUI().ifPresent(ui -> ui.navigate(MyCounselingView.class));
            }
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
            if (ErrorText.codeOf(failure).filter(code -> Set.of(ErrorCode.SLOT_TAKEN, ErrorCode.SLOT_TOO_SOON,
                    ErrorCode.SLOT_IN_PAST, ErrorCode.SLOT_NOT_IN_HOURS).contains(code)).isPresent()) {
                refused.add(chosen);
                choose(null);
                showSlots();
            }
        }
    }

    @Override
    public String getPageTitle() {
        return counselor == null ? getTranslation("counselors.title") : counselor.name();
    }
}
