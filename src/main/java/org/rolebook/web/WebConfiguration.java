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

    /**
     * A JSON number or true/false where the API takes text is refused, naming the field, rather
     * than stored as its text: {@code "postTitle": 123} is a mistake, not the title "123".
     */
    @org.springframework.context.annotation.Bean
    org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer textIsWrittenAsText() {
        return builder -> builder.withCoercionConfig(
                tools.jackson.databind.type.LogicalType.Textual,
                config -> config.setCoercion(
                                tools.jackson.databind.cfg.CoercionInputShape.Integer,
                                tools.jackson.databind.cfg.CoercionAction.Fail)
                        .setCoercion(
                                tools.jackson.databind.cfg.CoercionInputShape.Float,
                                tools.jackson.databind.cfg.CoercionAction.Fail)
                        .setCoercion(
                                tools.jackson.databind.cfg.CoercionInputShape.Boolean,
                                tools.jackson.databind.cfg.CoercionAction.Fail));
    }

    /**
     * Every page is HTML, whatever its address ends with: Thymeleaf would otherwise send the
     * problem page of ".../form.txt" as text/plain, taking the ending for the kind asked for.
     */
    @org.springframework.context.annotation.Bean
    static org.springframework.beans.factory.config.BeanPostProcessor pagesAreHtml() {
        return new org.springframework.beans.factory.config.BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof org.thymeleaf.spring6.view.ThymeleafViewResolver pages) {
                    pages.setContentType("text/html;charset=UTF-8");
                    pages.setForceContentType(true);
                }
                return bean;
            }
        };
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version("govuk-frontend");
        registry.addResourceHandler("/assets/images/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + version
                        + "/dist/govuk/assets/images/");
    }
}
