package org.rolebook.web.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The family matrix of one job family. */
final class MatrixPage {

    private final WebDriver driver;

    private MatrixPage(WebDriver driver) {
        this.driver = driver;
    }

    static MatrixPage open(WebDriver driver, String base, String family) {
        driver.get(base + "/families/" + family);
        return new MatrixPage(driver);
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    List<String> gradeColumns() {
        return driver.findElements(By.cssSelector(".rb-matrix thead th")).stream()
                .map(WebElement::getText)
                .toList();
    }

    List<String> dimensionRows() {
        return driver.findElements(By.cssSelector(".rb-matrix tbody th[scope=row]")).stream()
                .map(WebElement::getText)
                .toList();
    }

    String cell(int row, int column) {
        return driver.findElement(
                        By.cssSelector(".rb-matrix tbody tr:nth-child(%d) td:nth-of-type(%d)".formatted(row, column)))
                .getText();
    }
}
