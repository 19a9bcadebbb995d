package org.rolebook.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** One role profile: its fields, status, workflow buttons and history. */
final class RoleProfilePage {

    private final WebDriver driver;

    RoleProfilePage(WebDriver driver) {
        this.driver = driver;
    }

    String title() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String status() {
        return driver.findElement(By.cssSelector("main .govuk-tag")).getText();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    RoleProfilePage act(String button) {
        Browser.clickAndWait(
                driver, driver.findElement(By.xpath("//main//button[normalize-space()='" + button + "']")));
        return this;
    }

    /** Types the evaluator's rationale for the grade, beside the approve button. */
    RoleProfilePage rationale(String text) {
        driver.findElement(By.id("rationale")).sendKeys(text);
        return this;
    }

    /** Chooses the grade to approve at, by the text of its option such as "Grade 6". */
    RoleProfilePage gradeToApprove(String option) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("grade"))).selectByVisibleText(option);
        return this;
    }

    /** The grade to approve at, as its option reads. */
    String gradeToApprove() {
        return new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("grade")))
                .getFirstSelectedOption()
                .getText();
    }

    /** What the page says was done, in its success banner. */
    String done() {
        return driver.findElement(By.cssSelector(".govuk-notification-banner--success"))
                .getText();
    }

    String errorSummary() {
        return driver.findElement(By.cssSelector(".govuk-error-summary")).getText();
    }

    /** The suggestion panel beside the profile. */
    String suggestion() {
        return driver.findElement(By.id("suggestion")).getText();
    }

    String body() {
        return driver.findElement(By.tagName("main")).getText();
    }
}
