package id.giliran.queue.ui;

import id.giliran.api.notification.FindNotificationLogQuery;
import id.giliran.api.notification.TurnNotificationView;
import id.giliran.api.queue.ClinicDayReport;
import id.giliran.api.queue.FindDailyQueueReportQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;

/** The admin's daily queue history, with the day's WhatsApp notifications. */
@Service
public class QueueReportService {

    private final QueryGateway queryGateway;

    QueueReportService(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    public List<ClinicDayReport> report(LocalDate day) {
        return queryGateway.query(new FindDailyQueueReportQuery(day),
                ResponseTypes.multipleInstancesOf(ClinicDayReport.class)).join();
    }

    /** The day's "your turn is near" messages, phone numbers masked. */
    public List<TurnNotificationView> notifications(LocalDate day) {
        return queryGateway.query(new FindNotificationLogQuery(day),
                ResponseTypes.multipleInstancesOf(TurnNotificationView.class)).join();
    }
}
