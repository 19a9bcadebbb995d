package org.rolebook.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The sign-in page. */
final class SignInPage {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "browser-test-admin-password";

    private final WebDriver driver;

    private SignInPage(WebDriver driver) {
        this.driver = driver;
    }

    static SignInPage open(WebDriver driver, String base) {
        driver.manage().deleteAllCookies();
        driver.get(base + "/sign-in");
        return new SignInPage(driver);
    }

    void signInAs(String username, String password) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("main form button[type=submit]")));
    }

    void signInAsAdmin() {
        signInAs(ADMIN, ADMIN_PASSWORD);
    }
}
