package id.giliran.queue.ui;

import id.giliran.api.queue.ClinicDayReport;
import id.giliran.api.queue.FindDailyQueueReportQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;

/** The admin's daily queue history. */
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
}
