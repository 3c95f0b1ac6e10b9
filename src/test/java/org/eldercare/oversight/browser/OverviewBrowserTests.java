package org.eldercare.oversight.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** #9 item 16 in a real browser: the 州 supervisor's workbench draws the overview's charts from the WebJar, no Node build. */
class OverviewBrowserTests extends BrowserTest {

    @Test
    @DisplayName("Browser #9-16: the 州 workbench draws every overview chart (ECharts canvas) above the table of its numbers")
    void chartsRender() throws Exception {
        logIn("demo-supervisor");
        for (String chart : List.of("chart-status", "chart-rate", "chart-nursing", "chart-alerts", "chart-kind")) {
            wait.until(ExpectedConditions.attributeToBe(By.id(chart), "data-rendered", "true"));
            WebElement canvas = driver.findElement(By.cssSelector("#" + chart + " canvas"));
            assertThat(canvas.getSize().getHeight()).as(chart).isGreaterThan(100);
        }
        assertThat(driver.findElement(By.id("overview-title")).getText()).isEqualTo("楚雄彝族自治州辖区概况（按县（市、区））");
        assertThat(driver.findElement(By.cssSelector("#table-status tr[data-region='532301']")).getText()).startsWith("楚雄市");
        shot("overview.png");
    }
}
