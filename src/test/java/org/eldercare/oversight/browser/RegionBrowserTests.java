package org.eldercare.oversight.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** #9 item 11 in a real browser: the region tree opens level by level (htmx), closes again, and finds 鹿城镇 as one types. */
class RegionBrowserTests extends BrowserTest {

    private void open(String code) {
        WebElement summary = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#region-" + code + " > details > summary")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", summary);
        summary.click();
    }

    @Test
    @DisplayName("#9 item 11: the region tree expands 云南省 › 楚雄州 › 楚雄市 on demand, collapses, and searches as one types")
    void treeExpandsCollapsesAndSearches() throws Exception {
        logIn("sysadmin");
        go("/admin/regions");
        assertThat(driver.findElements(By.id("region-532300"))).isEmpty();
        open("530000");
        open("532300");
        open("532301");
        WebElement lucheng = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("region-532301101000")));
        assertThat(lucheng.getText()).contains("鹿城镇", "532301101000");
        shot("region-tree.png");
        open("530000"); // collapses 云南省 again
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("region-532301101000")));

        driver.findElement(By.id("region-q")).sendKeys("鹿城");
        WebElement found = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("found-532301101000")));
        assertThat(found.getText()).contains("鹿城镇", "云南省 › 楚雄彝族自治州 › 楚雄市");
        shot("region-search.png");
    }
}
