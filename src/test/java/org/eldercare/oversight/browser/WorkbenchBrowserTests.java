package org.eldercare.oversight.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real-browser tests (Debian chromium + chromium-driver), run by {@code ./mvnw verify -Pbrowser} in .ci/run.
 * Screenshots go to target/screenshots/.
 */
@Tag("browser")
class WorkbenchBrowserTests extends IntegrationTest {

    private WebDriver driver;

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
    void start() {
        driver = chromium();
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private void loginAs(String username, String password) {
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
    }

    @Test
    @DisplayName("Browser: a supervisor logs in, sees the workbench with region and empty to-do state; Chinese glyphs render")
    void loginAndSeeWorkbench() throws Exception {
        loginAs("demo-county", DEMO_PASSWORD);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("workbench-title")));
        assertThat(driver.findElement(By.id("workbench-title")).getText()).isEqualTo("工作台");
        assertThat(driver.findElement(By.id("shell-region")).getText()).isEqualTo("楚雄市");
        assertThat(driver.findElement(By.id("shell-user")).getText()).contains("李监管");
        // a CJK font is available to the page, so the Chinese text renders as glyphs, not boxes
        Object cjk = ((JavascriptExecutor) driver).executeScript(
                "return document.fonts.check('16px \"Noto Sans CJK SC\"', '工作台')"
                        + " || document.fonts.check('16px \"WenQuanYi Micro Hei\"', '工作台');");
        assertThat(cjk).isEqualTo(Boolean.TRUE);
        Number width = (Number) ((JavascriptExecutor) driver).executeScript(
                "var c=document.createElement('canvas').getContext('2d'); c.font='32px \"Noto Sans CJK SC\"';"
                        + "var a=c.measureText('养老监管').width; c.font='32px monospace'; return a;");
        assertThat(width.doubleValue()).as("four CJK glyphs are about 4 em wide").isBetween(100.0, 160.0);
        screenshot("workbench.png");
    }

    @Test
    @DisplayName("Browser: on a phone-width screen the navigation collapses behind a toggle")
    void phoneWidthNavigation() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        loginAs("sysadmin", DEMO_PASSWORD);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("workbench-title")));
        assertThat(driver.findElement(By.id("sidebar")).isDisplayed()).isFalse();
        driver.findElement(By.cssSelector("button.navbar-toggler")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOfElementLocated(By.linkText("用户管理")));
        screenshot("workbench-phone.png");
    }

    @Test
    @DisplayName("Browser: a wrong password shows the Chinese reason on the login page")
    void wrongPasswordMessage() throws Exception {
        String user = createUser("browser", "532301", Set.of(Role.SUPERVISOR), "Browser#Test2026");
        loginAs(user, "nope");
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("login-error")));
        assertThat(driver.findElement(By.id("login-error")).getText()).contains("用户名或密码错误");
        screenshot("login-error.png");
    }
}
