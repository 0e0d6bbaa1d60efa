package id.giliran.counseling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import id.giliran.api.common.TextLimit;

import java.util.function.Consumer;

/** Asks for a reason before a step that needs one (cancel, decline, postpone); refuses a blank one on screen. */
class ReasonDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    ReasonDialog(Component translator, String idPrefix, String title, String text, String confirmText,
                 Consumer<String> onConfirm, Component... more) {
        setId(idPrefix + "-dialog");
        setHeaderTitle(title);
        reason.setId(idPrefix + "-reason");
        reason.setLabel(translator.getTranslation("counseling.reason"));
        reason.setWidth("24rem");
        reason.setMaxLength(TextLimit.REASON.max());
        add(new Paragraph(text));
        add(more);
        add(reason);
        confirm.setText(confirmText);
        confirm.setId(idPrefix + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(translator.getTranslation("error.COUNSELING_REASON_REQUIRED"));
                return;
            }
            close();
            onConfirm.accept(reason.getValue().strip());
        });
        Button back = new Button(translator.getTranslation("counseling.back"), click -> close());
        back.setId(idPrefix + "-back");
        getFooter().add(back, confirm);
    }
}
