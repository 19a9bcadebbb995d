package org.rolebook.web.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * Debian's Chromium driven by its ChromeDriver, headless, with a fresh profile. Where neither is
 * installed the browser tests are skipped and reported, unless {@code rolebook.browser.required}
 * is true (as in CI): then they fail.
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");

    private Browser() {}

    static WebDriver start(Path profile) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String why = "Chromium and ChromeDriver are not installed (Debian packages chromium, chromium-driver)";
            if (Boolean.getBoolean("rolebook.browser.required")) {
                fail(why);
            }
            assumeTrue(false, "browser tests skipped: " + why);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-dev-shm-usage",
                "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Clicks a button that loads a new page, and waits until the new page has replaced the old one. */
    static void clickAndWait(WebDriver driver, org.openqa.selenium.WebElement button) {
        org.openqa.selenium.WebElement page = driver.findElement(org.openqa.selenium.By.tagName("html"));
        button.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(d -> "complete"
                        .equals(((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript("return document.readyState")));
    }

    static Path screenshot(WebDriver driver, String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target/screenshots"));
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        return Files.write(folder.resolve(name + ".png"), png);
    }

    /** The WCAG 2.2 A and AA violations axe-core finds on the page, as "rule: help (count)". */
    @SuppressWarnings("unchecked")
    static List<String> accessibilityViolations(WebDriver driver) throws IOException {
        if (!Files.exists(AXE)) {
            String why = "axe-core is not installed (npm ci)";
            if (Boolean.getBoolean("rolebook.browser.required")) {
                fail(why);
            }
            assumeTrue(false, "accessibility check skipped: " + why);
        }
        RemoteWebDriver remote = (RemoteWebDriver) driver;
        remote.executeScript(Files.readString(AXE));
        Object result = remote.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                   .then(r => done(r.violations.map(v => ({id: v.id, help: v.help, count: v.nodes.length,
                        target: v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')}))))
                   .catch(e => done([{id: 'axe-error', help: String(e), count: 1, target: ''}]));""");
        return ((List<Map<String, Object>>) result)
                .stream()
                        .map(v -> "%s: %s (%s: %s)"
                                .formatted(v.get("id"), v.get("help"), v.get("count"), v.get("target")))
                        .toList();
    }
}
