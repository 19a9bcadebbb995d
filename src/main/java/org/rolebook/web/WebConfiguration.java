package org.rolebook.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * Serves the design system's images where its stylesheet expects them, and refuses API parameters
 * and posted form fields a route does not take.
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
        registry.addInterceptor(RequestParameters.api()).addPathPatterns("/api/**");
        registry.addInterceptor(RequestParameters.pages()).excludePathPatterns("/api/**", "/error");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version("govuk-frontend");
        registry.addResourceHandler("/assets/images/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + version
                        + "/dist/govuk/assets/images/");
    }
}
