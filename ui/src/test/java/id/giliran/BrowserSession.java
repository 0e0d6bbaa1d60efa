package id.giliran;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A real headless Chromium: Debian's {@code /usr/bin/chromium} (or {@code -Dgiliran.chromium}),
 * never a browser downloaded by the test tool.
 */
public final class BrowserSession implements AutoCloseable {

    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final Path CHROMIUM = Paths.get(System.getProperty("giliran.chromium", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final Browser browser;
    private final int port;

    public BrowserSession(int port) {
        this.port = port;
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A new page in its own browser context: its own cookies, so its own session. */
    public Page newPage() {
        return browser.newContext().newPage();
    }

    /** A new page in its own browser context with these options, e.g. a phone-sized screen. */
    public Page newPage(Browser.NewContextOptions options) {
        return browser.newContext(options).newPage();
    }

    public String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Signs in on the login page {@code page} shows now. */
    public static void signIn(Page page, String username, String password) {
        // the first page of a fresh browser context loads the whole client: give a loaded CI machine time
        assertThat(page.locator("vaadin-login-form")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
