package org.rolebook.security.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.rolebook.security.User;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A failed sign-in is answered more slowly the more wrong passwords the account has had in a row
 * (one step for an unknown user, so that the delay does not tell which names exist), before the
 * account locks after five.
 */
final class SlowerAfterFailures extends SimpleUrlAuthenticationFailureHandler {

    static final int MOST_STEPS = 8;

    private final UserStore store;
    private final Duration step;

    SlowerAfterFailures(UserStore store, Duration step) {
        super("/sign-in?error");
        this.store = store;
        this.step = step;
    }

    static Duration delay(Duration step, int failures) {
        return step.multipliedBy(Math.clamp(failures, 1, MOST_STEPS));
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        String username = request.getParameter("username");
        int failures = username == null
                ? 1
                : store.find(username).map(User::failedAttempts).orElse(1);
        try {
            Thread.sleep(delay(step, failures));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
