package id.giliran.masterdata.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.giliran.api.bpjs.BpjsClinic;
import id.giliran.api.bpjs.BpjsClinicsView;
import id.giliran.api.common.TextLimit;
import id.giliran.api.masterdata.ClinicView;
import id.giliran.api.masterdata.ConfigureClinicCommand;
import id.giliran.ui.ErrorText;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ADMIN: the clinics (poli): name, BPJS poli code, daily quota, active, order on the kiosk. "Muat poli PCare"
 * reads PCare's clinics, shows which PCare poli each code is, and offers them when a clinic is edited.
 */
@Route("admin/poli")
@Menu(title = "menu.clinics", order = 12)
@RolesAllowed("ADMIN")
public class ClinicsView extends VerticalLayout implements HasDynamicTitle {

    private final MasterDataService masterData;
    final Grid<ClinicView> clinics = new Grid<>();
    final Button loadPcare = new Button();
    /** PCare's clinics once loaded ("Muat poli PCare"), by code; empty before. */
    final Map<String, BpjsClinic> pcareClinics = new LinkedHashMap<>();
    private final Grid.Column<ClinicView> pcareColumn;

    public ClinicsView(MasterDataService masterData) {
        this.masterData = masterData;
        clinics.setId("clinics-grid");
        clinics.addColumn(ClinicView::ticketPrefix).setHeader(getTranslation("clinics.column.prefix")).setAutoWidth(true);
        clinics.addColumn(ClinicView::name).setHeader(getTranslation("clinics.column.name"));
        clinics.addColumn(ClinicView::bpjsPoliCode).setHeader(getTranslation("clinics.column.bpjs"));
        pcareColumn = clinics.addColumn(this::pcareName).setHeader(getTranslation("clinics.pcare.name"));
        pcareColumn.setVisible(false);
        clinics.addColumn(clinic -> clinic.dailyQuota() == 0 ? getTranslation("clinics.quota.none")
                : String.valueOf(clinic.dailyQuota())).setHeader(getTranslation("clinics.column.quota"));
        clinics.addColumn(clinic -> getTranslation(clinic.active() ? "users.active" : "users.inactive"))
               .setHeader(getTranslation("clinics.column.active"));
        clinics.addColumn(ClinicView::displayOrder).setHeader(getTranslation("clinics.column.order"));
        clinics.addComponentColumn(clinic -> new Button(getTranslation("clinics.edit"), click -> edit(clinic)))
               .setKey("edit");
        clinics.setAllRowsVisible(true);
        loadPcare.setId("clinics-load-pcare");
        loadPcare.setText(getTranslation("clinics.pcare.load"));
        loadPcare.addClickListener(click -> loadPcareClinics());
        add(new H2(getTranslation("clinics.title")), loadPcare, clinics);
        refresh();
    }

    /** "Muat poli PCare": reads PCare's clinics, to pick each clinic's PCare poli from. */
    void loadPcareClinics() {
        BpjsClinicsView answer;
        try {
            answer = masterData.pcareClinics();
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
            return;
        }
        if (!answer.loaded()) {
            Notification.show(getTranslation("clinics.pcare.failed", answer.explanation()), 8000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        pcareClinics.clear();
        answer.clinics().forEach(clinic -> pcareClinics.put(clinic.code(), clinic));
        pcareColumn.setVisible(true);
        clinics.getDataProvider().refreshAll();
        Notification.show(getTranslation("clinics.pcare.loaded", pcareClinics.size()), 4000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    String pcareName(ClinicView clinic) {
        if (clinic.bpjsPoliCode() == null || clinic.bpjsPoliCode().isBlank()) {
            return "—";
        }
        BpjsClinic pcare = pcareClinics.get(clinic.bpjsPoliCode());
        return pcare == null ? getTranslation("clinics.pcare.unknown") : pcare.name();
    }

    private String pcareLabel(String code) {
        BpjsClinic pcare = pcareClinics.get(code);
        return pcare == null ? code : code + " — " + pcare.name();
    }

    void refresh() {
        clinics.setItems(masterData.clinics());
    }

    void edit(ClinicView clinic) {
        Dialog dialog = new Dialog(getTranslation("clinics.edit") + " — " + clinic.name());
        TextField name = new TextField(getTranslation("clinics.column.name"), clinic.name(), "");
        name.setId("clinic-name");
        name.setMaxLength(TextLimit.CLINIC_NAME.max());
        ComboBox<String> bpjs = new ComboBox<>(getTranslation("clinics.column.bpjs"));
        bpjs.setId("clinic-bpjs");
        List<String> codes = new ArrayList<>(pcareClinics.keySet());
        String current = clinic.bpjsPoliCode() == null ? "" : clinic.bpjsPoliCode().strip();
        if (!current.isEmpty() && !codes.contains(current)) {
            codes.add(0, current);
        }
        bpjs.setItems(codes);
        bpjs.setItemLabelGenerator(this::pcareLabel);
        bpjs.setAllowCustomValue(true);
        bpjs.setClearButtonVisible(true);
        bpjs.setHelperText(getTranslation("clinics.pcare.hint"));
        bpjs.addCustomValueSetListener(typed -> {
            String code = typed.getDetail().strip();
            if (!codes.contains(code)) {
                codes.add(code);
                bpjs.setItems(codes);
            }
            bpjs.setValue(code);
        });
        bpjs.setValue(current.isEmpty() ? null : current);
        IntegerField quota = new IntegerField(getTranslation("clinics.column.quota"));
        quota.setId("clinic-quota");
        quota.setValue(clinic.dailyQuota());
        quota.setMin(0);
        quota.setHelperText(getTranslation("clinics.quota.hint"));
        Checkbox active = new Checkbox(getTranslation("clinics.column.active"), clinic.active());
        active.setId("clinic-active");
        IntegerField order = new IntegerField(getTranslation("clinics.column.order"));
        order.setId("clinic-order");
        order.setValue(clinic.displayOrder());
        Button save = new Button(getTranslation("users.save"), click -> {
            try {
                masterData.configureClinic(new ConfigureClinicCommand(clinic.clinicCode(), name.getValue(),
                        bpjs.getValue() == null ? "" : bpjs.getValue(), quota.getValue() == null ? -1 : quota.getValue(), active.getValue(),
                        order.getValue() == null ? 0 : order.getValue()));
                Notification.show(getTranslation("users.saved"), 3000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                dialog.close();
                refresh();
            } catch (RuntimeException failure) {
                ErrorText.show(this, failure);
            }
        });
        save.setId("clinic-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, bpjs, quota, active, order));
        dialog.getFooter().add(new Button(getTranslation("users.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clinics.title");
    }
}
