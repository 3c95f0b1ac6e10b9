package org.eldercare.oversight.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.eldercare.oversight.disclosure.DisclosureFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The public portal in a real browser at phone size (DIS-1): no login, find a filed institution by part of its name. */
class DisclosureBrowserTests extends BrowserTest {

    @Test
    @DisplayName("Browser DIS-1: on a phone, a visitor without login finds an institution by part of its name and opens its page")
    void findsInstitutionOnPhone() throws Exception {
        String tag = String.valueOf(100000 + ThreadLocalRandom.current().nextInt(900000));
        DisclosureFixtures.Site site = new DisclosureFixtures(mvc).site("楚雄市鹿城镇松鹤" + tag + "养老院", true);
        driver.manage().window().setSize(new Dimension(390, 844));
        go("/public");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("home-q"))).sendKeys("松鹤" + tag);
        click(By.cssSelector("#home-search button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("directory-results"), site.name()));
        assertThat(driver.findElement(By.id("directory-total")).getText()).isEqualTo("1");
        shot("portal-directory-phone.png");
        click(By.partialLinkText(site.name()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("site-name"), site.name()));
        assertThat(driver.getPageSource()).contains("收费项目和标准", "双随机抽查结果").doesNotContain(DisclosureFixtures.CONTACT_PHONE);
        Long width = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth");
        assertThat(width).isLessThanOrEqualTo(390L);
        shot("portal-site-phone.png");
    }
}
