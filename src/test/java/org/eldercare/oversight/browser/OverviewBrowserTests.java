package org.eldercare.oversight.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eldercare.oversight.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** #9 item 16 in a real browser: the 州 supervisor's workbench draws the overview's charts from the WebJar, no Node build. */
@Tag("browser")
class OverviewBrowserTests extends IntegrationTest {

    private WebDriver driver;

    @BeforeEach
    void start() {
        driver = WorkbenchBrowserTests.chromium();
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    @DisplayName("Browser #9-16: the 州 workbench draws every overview chart (ECharts canvas) above the table of its numbers")
    void chartsRender() throws Exception {
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username")).sendKeys("demo-supervisor");
        driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        for (String chart : List.of("chart-status", "chart-rate", "chart-nursing", "chart-alerts", "chart-kind")) {
            wait.until(ExpectedConditions.attributeToBe(By.id(chart), "data-rendered", "true"));
            WebElement canvas = driver.findElement(By.cssSelector("#" + chart + " canvas"));
            assertThat(canvas.getSize().getHeight()).as(chart).isGreaterThan(100);
        }
        assertThat(driver.findElement(By.id("overview-title")).getText()).isEqualTo("楚雄彝族自治州辖区概况（按县（市、区））");
        assertThat(driver.findElement(By.cssSelector("#table-status tr[data-region='532301']")).getText()).startsWith("楚雄市");
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve("overview.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
