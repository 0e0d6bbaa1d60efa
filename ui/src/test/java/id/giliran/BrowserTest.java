package id.giliran;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A real-browser test against the whole application; one Chromium per test class. */
@GiliranSpringTest
@ExtendWith(AsTheApplication.class)
public abstract class BrowserTest {

    protected static BrowserSession browser;

    @LocalServerPort
    int port;

    @BeforeEach
    void openBrowser() {
        if (browser == null) {
            browser = new BrowserSession(port);
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
