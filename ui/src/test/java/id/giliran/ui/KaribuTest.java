package id.giliran.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import id.giliran.GiliranSpringTest;
import id.giliran.queue.ui.CallingService;
import id.giliran.masterdata.ui.MasterDataService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Browserless view tests: the real views, services and application, a mocked Vaadin servlet. */
@GiliranSpringTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("id.giliran");

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected CallingService calling;
    @Autowired
    protected MasterDataService masterData;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /** Calls every ticket still waiting today, so a test starts from an empty queue. */
    protected void callEveryWaitingTicket() {
        var counter = masterData.counters().get(0);
        while (calling.callNext(counter).isPresent()) {
            // keep calling
        }
    }
}
