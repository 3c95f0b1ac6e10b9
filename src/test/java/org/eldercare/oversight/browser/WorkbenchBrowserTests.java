package org.eldercare.oversight.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.eldercare.oversight.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The workbench in a real browser: login, Chinese glyphs, the phone-width navigation, a wrong password's reason. */
class WorkbenchBrowserTests extends BrowserTest {

    @Test
    @DisplayName("Browser: a supervisor logs in, sees the workbench with region and empty to-do state; Chinese glyphs render")
    void loginAndSeeWorkbench() throws Exception {
        logIn("demo-county");
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
        shot("workbench.png");
    }

    @Test
    @DisplayName("Browser: on a phone-width screen the navigation collapses behind a toggle")
    void phoneWidthNavigation() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        logIn("sysadmin");
        assertThat(driver.findElement(By.id("sidebar")).isDisplayed()).isFalse();
        driver.findElement(By.cssSelector("button.navbar-toggler")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("用户管理")));
        shot("workbench-phone.png");
    }

    @Test
    @DisplayName("Browser: a wrong password shows the Chinese reason on the login page")
    void wrongPasswordMessage() throws Exception {
        String user = createUser("browser", "532301", Set.of(Role.SUPERVISOR), "Browser#Test2026");
        submitLogin(user, "nope");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-error")));
        assertThat(driver.findElement(By.id("login-error")).getText()).contains("用户名或密码错误");
        shot("login-error.png");
    }
}
