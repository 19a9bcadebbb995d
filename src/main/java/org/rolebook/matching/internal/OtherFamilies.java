package org.rolebook.matching.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Posts of school support job families that may not be loaded, known by the words of their work
 * and the titles of their posts.
 * Schools' support staff frameworks commonly have a teaching and learning family (teaching
 * assistants, cover supervisors), an early years family (nursery nurses and assistants, early
 * years practitioners), school health (school nurses), a site and premises family (caretakers,
 * cleaners), a catering family (cooks) and an administration and finance family (office staff,
 * finance officers, exam invigilators) beside student support services. Teaching and learning shares much of
 * the vocabulary of pupil support, and any post shares some words with some level, so text
 * similarity alone cannot tell them apart. When a family of that kind is not loaded and a profile's
 * title names one of its posts, or the profile shows several distinct phrases of its work, the
 * profile is probably outside the loaded families. Teaching and learning needs four phrases, as
 * pupil support posts also run interventions and talk of lessons, and so does school health, as
 * matrons give medicines; the work of nurseries, premises, kitchens and offices is further from
 * pupil support, and three of its phrases tell.
 */
public final class OtherFamilies {

    /**
     * A family that may be absent, the words its names carry, the phrases of its work, how many
     * distinct ones show a post of it, and the titles of its posts.
     */
    public record Family(String name, List<String> nameWords, List<Phrase> phrases, int needed, List<Phrase> titles) {}

    /** Distinct phrases of its work that show a post of a family whose vocabulary pupil support shares. */
    static final int NEAR = 4;
    /** Distinct phrases of its work that show a post of a family whose work pupil support does not do. */
    static final int FAR = 3;

    /**
     * The phrases of one family found in a profile, each as the profile first writes it ("class
     * teacher", "lessons"), and on how many of its lines.
     */
    public record Sign(String family, Set<String> phrases, int lines, int of) {
        public double share() {
            return of == 0 ? 0 : lines / (double) of;
        }
    }

    private final List<Family> absent = new ArrayList<>();
    private final java.util.Map<Family, PhraseIndex<Phrase>> indexes = new java.util.HashMap<>();

    public OtherFamilies(Levels levels, MatchAnalyzer analyzer) {
        Family teaching = new Family(
                "teaching and learning",
                List.of("teaching", "learning", "classroom"),
                Phrase.all(
                        analyzer,
                        "class teacher",
                        "absent teacher|teachers",
                        "absence teacher|teachers",
                        "direction|guidance|supervision teacher",
                        "planned|set|prepared teacher",
                        "whole class|classes",
                        "lesson|lessons",
                        "curriculum",
                        "literacy|numeracy|phonics|reading|mathematics|maths",
                        "learning activities|programmes|objectives|needs",
                        "teaching learning",
                        "special educational needs",
                        "intervention|interventions",
                        "mark|marking work",
                        "differentiate|differentiated|differentiation",
                        "assist|assists|assisting teacher|teachers",
                        "feedback|feed teacher|teachers",
                        "learning tasks|task",
                        "spelling|handwriting"),
                NEAR,
                Phrase.all(
                        analyzer,
                        "teaching assistant|assistants",
                        "learning support assistant|assistants",
                        "hlta",
                        "cover supervisor|supervisors"));
        Family premises = new Family(
                "site and premises",
                List.of("premises", "site", "facilities"),
                Phrase.all(
                        analyzer,
                        "caretaker|caretakers|caretaking",
                        "opening|open closing|close premises|building|buildings|school",
                        "security premises|building|buildings|site",
                        "heating|boiler|boilers",
                        "cleaning staff|standards|materials|equipment",
                        "cleaners",
                        "grounds|playgrounds paths|gutters|drains",
                        "lettings",
                        "keyholder|keyholders",
                        "alarm|alarms call|calls|system|systems",
                        "building|buildings maintenance|repairs|defects",
                        "snow|ice|gritting",
                        "refuse|waste collection|collections|bins",
                        "clean|cleans|cleaning toilets|floors|offices|corridors|windows|washrooms",
                        "vacuum|vacuuming|hoover|hoovering|polishing|dusting",
                        "minor repairs",
                        "porterage|portering",
                        "lock|locking|unlock|unlocking gates|doors|building|buildings|premises|site"),
                FAR,
                Phrase.all(
                        analyzer,
                        "caretaker",
                        "site manager|officer|supervisor",
                        "premises manager|officer",
                        "facilities manager|officer",
                        "cleaner|cleaners",
                        "cleaning supervisor|manager",
                        "maintenance officer|operative|technician"));
        Family catering = new Family(
                "catering",
                List.of("catering", "kitchen"),
                Phrase.all(
                        analyzer,
                        "cook|cooks|cooking meals|food|snacks",
                        "prepare|preparing|preparation meals|food|snacks",
                        "kitchen|kitchens",
                        "menu|menus",
                        "special dietary|diets|requirements",
                        "food hygiene|safety|storage",
                        "catering returns|management|service|equipment",
                        "stock|stocks ordering|rotation|suppliers",
                        "order materials|food|provisions",
                        "uptake school meals"),
                FAR,
                Phrase.all(analyzer, "cook", "chef", "kitchen assistant|manager", "catering assistant|manager"));
        Family office = new Family(
                "administration and finance",
                List.of("administration", "finance", "business", "office"),
                Phrase.all(
                        analyzer,
                        "receptionist|front office|reception desk",
                        "switchboard",
                        "answer|answering telephone|telephones|phone|calls",
                        "filing|photocopying|franking",
                        "petty cash",
                        "invoice|invoices|invoicing",
                        "purchase orders",
                        "payroll",
                        "accounts payable|receivable",
                        "bank|banking reconciliation|reconciliations|deposits",
                        "dinner|meals money",
                        "admissions",
                        "clerical",
                        "minutes meetings",
                        "invigilate|invigilates|invigilating|invigilation|invigilator|invigilators"),
                FAR,
                Phrase.all(
                        analyzer,
                        "school|office|finance|admissions|pastoral administrator",
                        "receptionist",
                        "office manager|assistant",
                        "finance officer|manager|assistant",
                        "bursar",
                        "business manager",
                        "clerk",
                        "invigilator|invigilators"));
        Family earlyYears = new Family(
                "early years",
                List.of("early years", "nursery"),
                Phrase.all(
                        analyzer,
                        "eyfs",
                        "early years",
                        "nursery children|class|classes|teacher|teachers|manager|setting|room",
                        "key person|persons|worker|workers",
                        "nappy|nappies",
                        "learning journal|journals|journey|journeys",
                        "tapestry",
                        "under fives|threes|twos"),
                OtherFamilies.FAR,
                Phrase.all(
                        analyzer,
                        "nursery nurse|nurses|assistant|assistants|practitioner|practitioners|officer|manager",
                        "early years practitioner|practitioners|educator|educators|assistant|assistants|lead",
                        "eyfs assistant|practitioner|lead"));
        Family health = new Family(
                "school health",
                List.of("health", "nursing"),
                Phrase.all(
                        analyzer,
                        "nursing care|service|services|team|practice|registration",
                        "nmc",
                        "registered nurse|nurses",
                        "clinical",
                        "immunisation|immunisations|immunization|vaccination|vaccinations",
                        "prescribing|prescriber",
                        "health assessment|assessments|screening|screenings",
                        "surgery|surgeries"),
                OtherFamilies.NEAR,
                Phrase.all(analyzer, "school nurse|nurses", "nurse", "health visitor|visitors"));
        for (Family family : List.of(teaching, premises, catering, office, earlyYears, health)) {
            boolean loaded = levels.all().stream()
                    .map(level -> level.family().name().toLowerCase(Locale.ROOT))
                    .anyMatch(name -> family.nameWords().stream().anyMatch(name::contains));
            if (!loaded) {
                absent.add(family);
            }
        }
        for (Family family : absent) {
            PhraseIndex<Phrase> index = new PhraseIndex<>();
            family.phrases().forEach(phrase -> index.add(phrase, phrase));
            indexes.put(family, index);
        }
    }

    /** The absent family whose post a title names ("Exam Invigilator", "School Cook"), if any. */
    public java.util.Optional<String> namedByTitle(List<MatchAnalyzer.Token> title) {
        for (Family family : absent) {
            for (Phrase phrase : family.titles()) {
                if (!phrase.find(title).isEmpty()) {
                    return java.util.Optional.of(family.name());
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The words of a phrase found in a line as the line writes them, from the first to the last. */
    private static String asWritten(List<MatchAnalyzer.Token> words) {
        MatchAnalyzer.Token first = words.getFirst();
        return first.text().substring(first.start(), words.getLast().end());
    }

    /**
     * The sign of an absent family that shows a post of it, if any: as many distinct phrases of its
     * work as the family needs, on more than one line (one duty of another family's kind, such as a
     * club's snacks, is a task of the post, not its work); of two such, the one on more of the lines.
     */
    public java.util.Optional<Sign> showing(List<LineMatch> lines) {
        Sign best = null;
        for (Family family : absent) {
            java.util.Map<Phrase, String> found = new java.util.LinkedHashMap<>();
            int hit = 0;
            int counted = 0;
            for (LineMatch line : lines) {
                if (line.tokens().size() < 3) {
                    continue;
                }
                counted++;
                boolean any = false;
                for (PhraseIndex.Found<Phrase> phrase : indexes.get(family).find(line.tokens())) {
                    found.putIfAbsent(phrase.owner(), asWritten(phrase.words()));
                    any = true;
                }
                hit += any ? 1 : 0;
            }
            Sign sign = new Sign(family.name(), new LinkedHashSet<>(found.values()), hit, counted);
            if (sign.phrases().size() >= family.needed()
                    && sign.lines() >= 2
                    && (best == null || sign.share() > best.share())) {
                best = sign;
            }
        }
        return java.util.Optional.ofNullable(best);
    }
}
