package org.rolebook.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Writing a role profile: the form with its lists of accountabilities and duties, and the suggested grade beside it. */
final class RoleProfileFormPage {

    private final WebDriver driver;

    private RoleProfileFormPage(WebDriver driver) {
        this.driver = driver;
    }

    static RoleProfileFormPage open(WebDriver driver, String base) {
        driver.get(base + "/role-profiles/new");
        return new RoleProfileFormPage(driver);
    }

    RoleProfileFormPage school(String name) {
        new Select(driver.findElement(By.id("schoolId"))).selectByVisibleText(name);
        return this;
    }

    RoleProfileFormPage text(String field, String value) {
        WebElement input = driver.findElement(By.id(field));
        input.clear();
        input.sendKeys(value);
        return this;
    }

    RoleProfileFormPage choose(String field, String visibleText) {
        new Select(driver.findElement(By.id(field))).selectByVisibleText(visibleText);
        return this;
    }

    /** Types the items of a list, adding a row for each after the first. */
    RoleProfileFormPage items(String list, String... items) {
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                Browser.clickAndWait(driver, driver.findElement(By.cssSelector("button[value='add:" + list + "']")));
            }
            text(list + "-" + i, items[i]);
        }
        return this;
    }

    RoleProfileFormPage moveUp(String list, int index) {
        Browser.clickAndWait(
                driver, driver.findElement(By.cssSelector("button[value='up:" + list + ":" + index + "']")));
        return this;
    }

    String item(String list, int index) {
        return driver.findElement(By.id(list + "-" + index)).getAttribute("value");
    }

    RoleProfilePage save() {
        Browser.clickAndWait(
                driver,
                driver.findElement(
                        By.xpath(
                                "//main//button[normalize-space()='Save as draft' or normalize-space()='Save a new version']")));
        return new RoleProfilePage(driver);
    }

    /** The grade the suggestion panel shows, waiting until it shows one. */
    String suggestedGrade() {
        return waitForPanel(panel -> panel.contains("Grade"))
                .findElement(By.cssSelector(".rb-suggestion__number"))
                .getText();
    }

    /** The suggestion panel's text, once it is what is wanted and no update is on its way; the page is not loaded again. */
    WebElement waitForPanel(java.util.function.Predicate<String> wanted) {
        WebElement panel = driver.findElement(By.id("grade-suggestion"));
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(d ->
                        d.findElements(By.cssSelector("form.htmx-request")).isEmpty() && wanted.test(panel.getText()));
        return panel;
    }

    /** The one sentence a screen reader hears when the panel changes (visually hidden, so read from the DOM). */
    String spokenStatus() {
        return driver.findElement(By.id("grade-suggestion-status"))
                .getAttribute("textContent")
                .strip();
    }

    String panel() {
        return driver.findElement(By.id("grade-suggestion")).getText();
    }

    String errorSummary() {
        return driver.findElement(By.cssSelector(".govuk-error-summary")).getText();
    }
}
