package org.rolebook.web.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Job-title lookup: the results update while the user types. */
final class TitleLookupPage {

    private final WebDriver driver;

    private TitleLookupPage(WebDriver driver) {
        this.driver = driver;
    }

    static TitleLookupPage open(WebDriver driver, String base) {
        driver.get(base + "/titles");
        return new TitleLookupPage(driver);
    }

    /** Types a title and waits for the live results to show it. */
    TitleLookupPage type(String title) {
        WebElement box = driver.findElement(By.id("q"));
        box.clear();
        box.sendKeys(title);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("title-results"), "“" + title + "”"));
        return this;
    }

    String bestMatch() {
        return driver.findElement(By.cssSelector("#title-results h2")).getText();
    }
}
