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

    /** The words marked added, as a screen reader announces them ("added: …"), less that word. */
    List<String> added() {
        return marked("#comparison ins.rb-added", "added:");
    }

    List<String> removed() {
        return marked("#comparison del.rb-removed", "removed:");
    }

    private List<String> marked(String selector, String announced) {
        return driver.findElements(By.cssSelector(selector)).stream()
                .map(WebElement::getText)
                .peek(text -> org.assertj.core.api.Assertions.assertThat(text).startsWith(announced))
                .map(text -> text.substring(announced.length()).strip())
                .toList();
    }
}
