package org.eldercare.oversight.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.eldercare.oversight.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** #9 item 11 in a real browser: the region tree opens level by level (htmx), closes again, and finds 鹿城镇 as one types. */
@Tag("browser")
class RegionBrowserTests extends IntegrationTest {

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void start() {
        driver = WorkbenchBrowserTests.chromium();
        // htmx swaps fragments (the region picker): an element found a moment ago may have been replaced
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void open(String code) {
        WebElement summary = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#region-" + code + " > details > summary")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", summary);
        summary.click();
    }

    @Test
    @DisplayName("#9 item 11: the region tree expands 云南省 › 楚雄州 › 楚雄市 on demand, collapses, and searches as one types")
    void treeExpandsCollapsesAndSearches() throws Exception {
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username")).sendKeys("sysadmin");
        driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("workbench-title")));
        driver.get("http://localhost:" + port + "/admin/regions");
        assertThat(driver.findElements(By.id("region-532300"))).isEmpty();
        open("530000");
        open("532300");
        open("532301");
        WebElement lucheng = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("region-532301101000")));
        assertThat(lucheng.getText()).contains("鹿城镇", "532301101000");
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve("region-tree.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        open("530000"); // collapses 云南省 again
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("region-532301101000")));

        driver.findElement(By.id("region-q")).sendKeys("鹿城");
        WebElement found = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("found-532301101000")));
        assertThat(found.getText()).contains("鹿城镇", "云南省 › 楚雄彝族自治州 › 楚雄市");
        Files.write(dir.resolve("region-search.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
