package org.rolebook.rendering.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The layouts of the official documents: Thymeleaf templates under {@code templates/rendering/},
 * rendered to XHTML. The XHTML is what the browser shows, what the PDF is made from and what the
 * DOCX is walked from, so each document has one layout. Text is escaped by the templates, so a
 * field that holds markup stays text.
 */
public final class XhtmlLayouts {

    private final TemplateEngine engine;

    public XhtmlLayouts() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(XhtmlLayouts.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine spring = new SpringTemplateEngine();
        spring.setTemplateResolver(resolver);
        spring.setEnableSpringELCompiler(true);
        this.engine = spring;
    }

    /**
     * Characters XML cannot hold (control characters such as the vertical tab a word processor
     * exports for a manual line break); the layout shows each as a space.
     */
    private static final Pattern NOT_XML =
            Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    /** The template, such as "rendering/operational-context-form", filled with the variables. */
    public String html(String template, Map<String, Object> variables) {
        return NOT_XML.matcher(engine.process(template, new Context(Locale.UK, variables)))
                .replaceAll(" ");
    }

    /** The rendered layout as a DOM; a template that is not well-formed XHTML fails here, in tests. */
    public static Document dom(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("a document layout is not well-formed XHTML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
