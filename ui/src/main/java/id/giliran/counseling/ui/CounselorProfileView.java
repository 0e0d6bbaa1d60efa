package id.giliran.counseling.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.api.counseling.CounselorView;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.api.counseling.Specialization;
import id.giliran.ui.CappedUpload;
import id.giliran.ui.ErrorText;
import id.giliran.ui.ErrorText.UserError;
import jakarta.annotation.security.RolesAllowed;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** KONSELOR: my profile as students see it — name, photo, specializations, bio, qualifications, session channels. */
@Route("konselor/profil")
@Menu(title = "menu.counselor-profile", order = 8)
@RolesAllowed("KONSELOR")
public class CounselorProfileView extends VerticalLayout implements HasDynamicTitle {

    private final CounselingService counseling;
    private final CounselorPhotos photos;
    private String photoId;

    final Avatar avatar = new Avatar();
    final Upload photo = new Upload();
    final TextField name = new TextField();
    final CheckboxGroup<Specialization> specializations = new CheckboxGroup<>();
    final TextArea bio = new TextArea();
    final TextArea qualifications = new TextArea();
    final CheckboxGroup<SessionChannel> channels = new CheckboxGroup<>();
    final Button save = new Button();

    public CounselorProfileView(CounselingService counseling, CounselorPhotos photos) {
        this.counseling = counseling;
        this.photos = photos;
        setMaxWidth("48rem");
        avatar.setId("profile-avatar");
        avatar.setHeight("6rem");
        avatar.setWidth("6rem");
        photo.setId("profile-photo");
        photo.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        photo.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, photos.maxBytes()));
        photo.setMaxFiles(1);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("counselor-profile.photo.pick")))
            .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("counselor-profile.photo.drop")))
            .setUploading(CappedUpload.uploadingTexts(this))
            .setError(new UploadI18N.Error()
                    .setFileIsTooBig(getTranslation("upload.too-large", CappedUpload.sizeText(photos.maxBytes())))
                    .setIncorrectFileType(getTranslation("error.DOCUMENT_TYPE_NOT_ACCEPTED"))
                    .setTooManyFiles(getTranslation("documents.one")));
        photo.setI18n(i18n);
        // the browser checks the size too, but only the server's cap counts: it stops reading past it
        photo.setUploadHandler(CappedUpload.inMemory(photos.maxBytes(), (fileName, content) -> {
            UI ui = photo.getUI().orElseThrow();
            ui.access(() -> received(content));
        }, this::tooLarge));
        name.setId("profile-name");
        name.setMaxLength(TextLimit.PERSON_NAME.max());
        name.setLabel(getTranslation("counselor-profile.name"));
        name.setWidthFull();
        specializations.setId("profile-specializations");
        specializations.setLabel(getTranslation("counselor-profile.specializations"));
        specializations.setItems(Specialization.values());
        specializations.setItemLabelGenerator(value -> getTranslation("counseling.specialization." + value.name()));
        bio.setId("profile-bio");
        bio.setLabel(getTranslation("counselor-profile.bio"));
        bio.setMaxLength(TextLimit.BIO.max());
        bio.setWidthFull();
        qualifications.setId("profile-qualifications");
        qualifications.setLabel(getTranslation("counselor-profile.qualifications"));
        qualifications.setMaxLength(TextLimit.QUALIFICATIONS.max());
        qualifications.setWidthFull();
        channels.setId("profile-channels");
        channels.setLabel(getTranslation("counselor-profile.channels"));
        channels.setItems(SessionChannel.values());
        channels.setItemLabelGenerator(value -> getTranslation("counseling.channel." + value.name()));
        save.setId("profile-save");
        save.setText(getTranslation("counselor-profile.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        HorizontalLayout picture = new HorizontalLayout(avatar, photo);
        picture.setAlignItems(FlexComponent.Alignment.CENTER);
        add(new H2(getTranslation("counselor-profile.title")), new Paragraph(getTranslation("counselor-profile.intro")),
                picture, name, specializations, bio, qualifications, channels, save);
        load(counseling.me());
    }

    private void load(Optional<CounselorView> me) {
        me.ifPresentOrElse(view -> {
            name.setValue(view.name());
            specializations.setValue(view.specializations());
            bio.setValue(view.bio() == null ? "" : view.bio());
            qualifications.setValue(view.qualifications() == null ? "" : view.qualifications());
            channels.setValue(view.channels());
            photoId = view.photoId();
        }, () -> channels.setValue(EnumSet.of(SessionChannel.TATAP_MUKA)));
        avatar.setName(name.getValue());
        photos.apply(avatar, photoId);
    }

    void received(byte[] content) {
        try {
            photoId = photos.store(counseling.caller().username(), content);
            photos.apply(avatar, photoId);
            Notification.show(getTranslation("counselor-profile.photo.received"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException refused) {
            ErrorText.show(this, refused);
        }
        photo.clearFileList();
    }

    /** A photo over the cap, refused by the server before it was kept in memory. */
    void tooLarge() {
        CappedUpload.showRefusal(this, photos.maxBytes());
        photo.clearFileList();
    }

    void save() {
        try {
            if (name.getValue().isBlank() || channels.getValue().isEmpty()) {
                throw new UserError(ErrorCode.INVALID_INPUT, "name and a channel are required");
            }
            CounselorView saved = counseling.saveProfile(name.getValue().strip(), Set.copyOf(specializations.getValue()),
                    bio.getValue().strip(), qualifications.getValue().strip(), Set.copyOf(channels.getValue()), photoId);
            load(Optional.of(saved));
            Notification.show(getTranslation("counselor-profile.saved"), 4000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("counselor-profile.title");
    }
}
