package id.giliran.masterdata.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import id.giliran.api.masterdata.ClinicView;
import id.giliran.api.masterdata.ConfigureClinicCommand;
import id.giliran.ui.ErrorText;
import jakarta.annotation.security.RolesAllowed;

/** ADMIN: the clinics (poli): name, BPJS poli code, daily quota, active, order on the kiosk. */
@Route("admin/poli")
@Menu(title = "menu.clinics", order = 12)
@RolesAllowed("ADMIN")
public class ClinicsView extends VerticalLayout implements HasDynamicTitle {

    private final MasterDataService masterData;
    final Grid<ClinicView> clinics = new Grid<>();

    public ClinicsView(MasterDataService masterData) {
        this.masterData = masterData;
        clinics.setId("clinics-grid");
        clinics.addColumn(ClinicView::ticketPrefix).setHeader(getTranslation("clinics.column.prefix")).setAutoWidth(true);
        clinics.addColumn(ClinicView::name).setHeader(getTranslation("clinics.column.name"));
        clinics.addColumn(ClinicView::bpjsPoliCode).setHeader(getTranslation("clinics.column.bpjs"));
        clinics.addColumn(clinic -> clinic.dailyQuota() == 0 ? getTranslation("clinics.quota.none")
                : String.valueOf(clinic.dailyQuota())).setHeader(getTranslation("clinics.column.quota"));
        clinics.addColumn(clinic -> getTranslation(clinic.active() ? "users.active" : "users.inactive"))
               .setHeader(getTranslation("clinics.column.active"));
        clinics.addColumn(ClinicView::displayOrder).setHeader(getTranslation("clinics.column.order"));
        clinics.addComponentColumn(clinic -> new Button(getTranslation("clinics.edit"), click -> edit(clinic)))
               .setKey("edit");
        clinics.setAllRowsVisible(true);
        add(new H2(getTranslation("clinics.title")), clinics);
        refresh();
    }

    void refresh() {
        clinics.setItems(masterData.clinics());
    }

    void edit(ClinicView clinic) {
        Dialog dialog = new Dialog(getTranslation("clinics.edit") + " — " + clinic.name());
        TextField name = new TextField(getTranslation("clinics.column.name"), clinic.name(), "");
        name.setId("clinic-name");
        TextField bpjs = new TextField(getTranslation("clinics.column.bpjs"), clinic.bpjsPoliCode(), "");
        bpjs.setId("clinic-bpjs");
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
                        bpjs.getValue(), quota.getValue() == null ? -1 : quota.getValue(), active.getValue(),
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
