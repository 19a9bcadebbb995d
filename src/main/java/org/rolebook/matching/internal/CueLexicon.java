package org.rolebook.matching.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.rolebook.framework.Dimension;
import org.rolebook.matching.Suggestion.CueKind;

/**
 * The phrases of job-evaluation language that bear on a grade, in steps from low to high:
 * qualifications, supervision of staff, budgets, autonomy and scope. Each step says what a profile
 * writes and what the framework writes for the same thing; the levels it points to are read from
 * the loaded framework, never assumed, so a step the framework never mentions points nowhere.
 */
public final class CueLexicon {

    /** Words beside which a bare "Level 2" or "Level 3" reads as a qualification. */
    private static final String QUALIFICATION_WORDS =
            "qualification qualifications qualified nvq certificate diploma award gcse gcses equivalent education"
                    + " vocational occupational literacy numeracy maths mathematics english childcare course";

    /** What a postgraduate course leads to: "a postgraduate diploma", not "before a postgraduate course". */
    private static final String AWARDS = "qualification|qualifications|diploma|certificate|degree|masters";

    private final List<CueStep> steps = new ArrayList<>();
    private final PhraseIndex<CueStep> index = new PhraseIndex<>();

    public CueLexicon(Statements statements, MatchAnalyzer analyzer) {
        Builder b = new Builder(statements, analyzer);
        Set<Dimension> knowledge = Set.of(Dimension.KNOWLEDGE_SKILLS_EXPERIENCE);
        Set<Dimension> supervisory = Set.of(Dimension.SUPERVISORY_RESPONSIBILITY);
        Set<Dimension> accountabilities = Set.of(Dimension.ACCOUNTABILITIES);
        Set<Dimension> money = Set.of(Dimension.ACCOUNTABILITIES, Dimension.KNOWLEDGE_SKILLS_EXPERIENCE);
        Set<Dimension> reach = Set.of(
                Dimension.PURPOSE,
                Dimension.SETTINGS,
                Dimension.ACCOUNTABILITIES,
                Dimension.SUPERVISORY_RESPONSIBILITY,
                Dimension.REPORTING_LINE);

        b.step(
                CueKind.QUALIFICATION,
                1,
                "basic standard of education",
                knowledge,
                List.of("basic standard education", "basic literacy|numeracy", "no formal qualifications"),
                List.of("basic standard education"));
        b.step(
                CueKind.QUALIFICATION,
                2,
                "NVQ 2 / Level 2",
                knowledge,
                List.of("nvq 2", "nvq level 2", "level 2", "gcse", "national occupational standards"),
                List.of("nvq 2", "level 2"),
                QUALIFICATION_WORDS);
        b.step(
                CueKind.QUALIFICATION,
                3,
                "Level 3",
                knowledge,
                List.of("nvq 3", "nvq level 3", "level 3"),
                List.of("level 3"),
                QUALIFICATION_WORDS);
        b.step(
                CueKind.QUALIFICATION,
                4,
                "degree",
                knowledge,
                List.of("degree", "bachelor", "graduate level|calibre|qualification|qualifications"),
                List.of("degree"),
                "",
                Set.of("of"));
        b.step(
                CueKind.QUALIFICATION,
                5,
                "professional qualification",
                knowledge,
                List.of(
                        "professional qualification|qualifications",
                        // chartered status, not a charter: "the Play Policy and Play Charter"
                        "chartered librarian|accountant|member|membership|status|institute|professional",
                        "postgraduate " + AWARDS,
                        "post graduate " + AWARDS),
                List.of("professional qualification|qualifications", "post graduate"));

        b.step(
                CueKind.SUPERVISION,
                1,
                "allocates work to others",
                supervisory,
                List.of("allocate work|tasks|duties", "delegate"),
                List.of("allocate tasks|work"));
        b.step(
                CueKind.SUPERVISION,
                2,
                "supervises staff",
                supervisory,
                List.of(
                        "supervise|supervision|oversee staff|colleagues|assistant|assistants|team|volunteers|workers|junior",
                        "manage|managing|management staff|team|assistant|assistants|employees|volunteers",
                        "supervisory responsibility|duties"),
                List.of("supervisory responsibility", "supervise junior|colleagues|staff"));
        b.step(
                CueKind.SUPERVISION,
                3,
                "line manages staff",
                supervisory,
                List.of(
                        "line manage|management|managing|manages",
                        "appraisal|appraisals|appraise",
                        "recruit|recruitment|recruiting staff"),
                List.of("line manage|management|managing", "manage|manages staff"));

        b.step(
                CueKind.BUDGET,
                1,
                "budget",
                money,
                List.of(
                        "budget|budgets|budgetary|expenditure",
                        "financial responsibility|management",
                        "grants|funding"),
                List.of("budget|budgets|budgetary"));

        b.step(
                CueKind.AUTONOMY,
                1,
                "works under direction, within detailed procedures",
                accountabilities,
                List.of("under direction|supervision|guidance|instruction", "detailed procedures|instructions"),
                List.of("detailed procedures"));
        b.step(
                CueKind.AUTONOMY,
                2,
                "works within standard procedures",
                accountabilities,
                List.of("standard procedures", "routine tasks|duties"),
                List.of("standard procedures"));
        b.step(
                CueKind.AUTONOMY,
                3,
                "organises own work within established procedures",
                accountabilities,
                List.of(
                        "established procedures|practices",
                        "organise|organising own work",
                        "own initiative",
                        "work|working|works independently"),
                List.of("established procedures|practices", "organising own work"));
        b.step(
                CueKind.AUTONOMY,
                4,
                "not closely supervised, uses judgement",
                accountabilities,
                List.of("not closely supervised|managed", "judgement|judgment", "minimal|without supervision"),
                List.of("not closely supervised|managed", "judgement|judgment"));
        b.step(
                CueKind.AUTONOMY,
                5,
                "works autonomously",
                accountabilities,
                List.of("autonomously|autonomous|autonomy"),
                List.of("autonomously|autonomous"));
        b.step(
                CueKind.AUTONOMY,
                6,
                "freedom to act, remotely managed, adaptive thinking",
                accountabilities,
                List.of("freedom act", "remotely managed", "adaptive thinking"),
                List.of("freedom act", "remotely managed", "adaptive thinking"));

        b.step(CueKind.SCOPE, 1, "classroom", reach, List.of("classroom|classrooms"), List.of("classroom"));
        b.step(
                CueKind.SCOPE,
                2,
                "department or curriculum area",
                reach,
                List.of("department|faculty", "curriculum area"),
                List.of("department", "curriculum area"));
        b.step(CueKind.SCOPE, 3, "school-wide", reach, List.of("schoolwide", "across school"), List.of("schoolwide"));
        b.step(
                CueKind.SCOPE,
                4,
                "several sites or schools",
                reach,
                // a profile that names the local authority names its employer or a contact, not its reach;
                // the framework's "links between schools, local partners, local authorities" is its reach
                List.of("several|multiple|different sites|schools", "across sites", "partnership"),
                List.of("several sites", "partnership", "local authorities"));
        b.step(
                CueKind.LEADERSHIP,
                1,
                "manages or leads a service or programme",
                Set.of(Dimension.PURPOSE, Dimension.ACCOUNTABILITIES),
                List.of(
                        "manage|manages|managing|lead|leads|leading|develop|develops|developing|coordinate|coordinates"
                                + "|coordinating|oversee|oversees|overseeing"
                                + " service|services|provision|programme|programmes|strategy",
                        "leadership management",
                        "responsible|responsibility leadership",
                        "lead responsibility|professional",
                        "strategic lead|leadership"),
                List.of(
                        "manage|managing|lead|leading|develop|developing service|services|programme|programmes",
                        "leadership management",
                        "managing operation"));
        steps.addAll(b.steps);
        for (CueStep step : steps) {
            step.profile().forEach(phrase -> index.add(step, phrase));
        }
    }

    public List<CueStep> steps() {
        return steps;
    }

    /** The profile phrases of every step. */
    public PhraseIndex<CueStep> index() {
        return index;
    }

    private static final class Builder {
        private final Statements statements;
        private final MatchAnalyzer analyzer;
        private final List<CueStep> steps = new ArrayList<>();

        Builder(Statements statements, MatchAnalyzer analyzer) {
            this.statements = statements;
            this.analyzer = analyzer;
        }

        void step(
                CueKind kind,
                int rank,
                String label,
                Set<Dimension> where,
                List<String> profile,
                List<String> framework) {
            step(kind, rank, label, where, profile, framework, "");
        }

        void step(
                CueKind kind,
                int rank,
                String label,
                Set<Dimension> where,
                List<String> profile,
                List<String> framework,
                String context) {
            step(kind, rank, label, where, profile, framework, context, Set.of());
        }

        void step(
                CueKind kind,
                int rank,
                String label,
                Set<Dimension> where,
                List<String> profile,
                List<String> framework,
                String context,
                Set<String> notBefore) {
            List<Phrase> inFramework =
                    framework.stream().map(p -> Phrase.of(p, analyzer)).toList();
            Set<Integer> found = new TreeSet<>();
            for (Statements.Statement statement : statements.all()) {
                if (where.contains(statement.dimension())) {
                    List<MatchAnalyzer.Token> tokens = analyzer.tokens(statement.text());
                    if (inFramework.stream().anyMatch(p -> !p.find(tokens).isEmpty())) {
                        found.add(statement.level());
                    }
                }
            }
            List<Phrase> inProfile =
                    profile.stream().map(p -> Phrase.of(p, analyzer)).toList();
            Set<String> contextTerms = Set.copyOf(analyzer.terms(context));
            steps.add(new CueStep(
                    kind, rank, label, inProfile, inFramework, Set.copyOf(found), contextTerms, Set.copyOf(notBefore)));
        }
    }
}
