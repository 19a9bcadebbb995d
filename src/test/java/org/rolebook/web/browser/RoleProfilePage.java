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

    String body() {
        return driver.findElement(By.tagName("main")).getText();
    }
}
