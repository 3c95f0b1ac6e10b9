package org.eldercare.oversight.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.eldercare.oversight.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real-browser tests (Debian chromium + chromium-driver), run by {@code ./mvnw verify -Pbrowser} in .ci/run: a headless
 * chromium per test against the running application, with the steps every scenario takes. Screenshots go to
 * target/screenshots/.
 */
@Tag("browser")
abstract class BrowserTest extends IntegrationTest {

    protected WebDriver driver;
    protected WebDriverWait wait;

    static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=zh-CN", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        return new ChromeDriver(service, options);
    }

    @BeforeEach
    void startBrowser() {
        driver = chromium();
        // htmx swaps fragments (the region picker): an element found a moment ago may have been replaced
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    protected void go(String path) {
        driver.get("http://localhost:" + port + path);
    }

    /** Fills in the login form (the caller waits for what it expects: the workbench or the error). */
    protected void submitLogin(String username, String password) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        click(By.id("login-submit"));
    }

    /** Logs a demo account in and waits for its workbench. */
    protected void logIn(String username) {
        submitLogin(username, DEMO_PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("workbench-title")));
    }

    /** Scrolls the element to the middle of the screen first (instantly), clear of the sticky top bar, then clicks it. */
    protected void click(By by) {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        // Bootstrap turns on smooth scrolling; scroll instantly so the click lands where the element is
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
        try {
            wait.until(ExpectedConditions.elementToBeClickable(e)).click();
        } catch (ElementClickInterceptedException ex) {
            try {
                shot("click-failed.png");
                Files.writeString(Path.of("target", "screenshots", "click-failed.html"), driver.getPageSource());
            } catch (Exception ignored) {
                // keep the original failure
            }
            throw ex;
        }
    }

    protected void shot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
