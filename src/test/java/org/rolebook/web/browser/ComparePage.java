package org.rolebook.web.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Compare two grades of a family. */
final class ComparePage {

    private final WebDriver driver;

    private ComparePage(WebDriver driver) {
        this.driver = driver;
    }

    static ComparePage open(WebDriver driver, String base) {
        driver.get(base + "/compare");
        return new ComparePage(driver);
    }

    ComparePage compare(String from, String to) {
        new Select(driver.findElement(By.id("from"))).selectByVisibleText(from);
        new Select(driver.findElement(By.id("to"))).selectByVisibleText(to);
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("main form button[type=submit]")));
        return this;
    }

    String caption() {
        return driver.findElement(By.cssSelector("#comparison caption")).getText();
    }

    List<String> added() {
        return driver.findElements(By.cssSelector("#comparison ins.rb-added")).stream()
                .map(WebElement::getText)
                .toList();
    }

    List<String> removed() {
        return driver.findElements(By.cssSelector("#comparison del.rb-removed")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
