package org.rolebook.matching.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The words of profiles and framework text as grade suggestion compares them: case and accents
 * folded, possessives and filler words dropped (those that say nothing about a level: "ensure",
 * "appropriate", "including", "when", "in line with", which is no line management, and "in order
 * to", which orders nothing), a line manager (a person) kept apart from line managing, the words
 * schools use for the same thing brought to one (pupil, child, student; lunchtime, midday, the
 * lunch break, which is not one of the breaks of the school day; a midday assistant, an MSA and a
 * midday supervisor; IT in capitals and ICT; lab and laboratory; co-ordinator), then Porter stems.
 * "No" and "not" are kept: "not closely supervised" says something.
 */
public final class MatchAnalyzer extends Analyzer {

    private static final CharArraySet STOP = new CharArraySet(
            List.of(
                    "a",
                    "an",
                    "and",
                    "are",
                    "as",
                    "at",
                    "be",
                    "but",
                    "by",
                    "for",
                    "if",
                    "in",
                    "into",
                    "is",
                    "it",
                    "of",
                    "on",
                    "or",
                    "such",
                    "that",
                    "the",
                    "their",
                    "then",
                    "there",
                    "these",
                    "they",
                    "this",
                    "to",
                    "was",
                    "will",
                    "with",
                    "eg",
                    "e.g",
                    "ie",
                    "i.e",
                    "etc",
                    "may",
                    "all",
                    "any",
                    "our",
                    "your",
                    "you",
                    "we",
                    "who",
                    "which",
                    "from",
                    "its",
                    "other",
                    "others",
                    "within",
                    "s",
                    "ensure",
                    "ensuring",
                    "appropriate",
                    "appropriately",
                    "including",
                    "include",
                    "have",
                    "has",
                    "when",
                    "time",
                    "times",
                    "also",
                    "must",
                    "should",
                    "can",
                    "would",
                    "able",
                    "well",
                    "some",
                    "between",
                    "any",
                    "where",
                    "what",
                    "so",
                    "do",
                    "does",
                    "been",
                    "being",
                    "were",
                    "he",
                    "she",
                    "his",
                    "her",
                    "them",
                    "those",
                    "than",
                    "about",
                    "each",
                    "every",
                    "both",
                    "via",
                    "per",
                    "us",
                    "i",
                    "ii",
                    "iii",
                    "iv",
                    "provide",
                    "provides",
                    "providing",
                    "undertake",
                    "carry",
                    "out",
                    "up",
                    // words of an advert's frame, not of the work: "this role", "closing date", "non-teaching"
                    "role",
                    "roles",
                    "date",
                    "dates",
                    "non"),
            true);

    private static final String[][] SAME_THING = {
        {"pupil", "student"},
        {"pupils", "student"},
        {"child", "student"},
        {"children", "student"},
        {"young people", "student"},
        {"young person", "student"},
        {"students", "student"},
        {"lunchtime", "midday"},
        {"lunchtimes", "midday"},
        {"lunch time", "midday"},
        {"lunch", "midday"},
        {"mid day", "midday"},
        {"lunch break", "midday"},
        {"lunch breaks", "midday"},
        {"lunchtime break", "midday"},
        {"lunchtime breaks", "midday"},
        {"midday break", "midday"},
        {"midday breaks", "midday"},
        {"lunch hour", "midday"},
        {"co ordinate", "coordinate"},
        {"co ordinates", "coordinate"},
        {"co ordinating", "coordinating"},
        {"co ordination", "coordination"},
        {"co ordinator", "coordinator"},
        {"information technology", "ict"},
        {"lab", "laboratory"},
        {"labs", "laboratory"},
        // what schools also call a midday supervisor
        {"midday assistant", "midday supervisor"},
        {"midday assistants", "midday supervisor"},
        {"lunchtime assistant", "midday supervisor"},
        {"lunchtime assistants", "midday supervisor"},
        {"lunch time assistant", "midday supervisor"},
        {"midday meals assistant", "midday supervisor"},
        {"midday meals assistants", "midday supervisor"},
        {"msa", "midday supervisor"},
        {"msas", "midday supervisor"},
        {"mdsa", "midday supervisor"},
        {"mdsas", "midday supervisor"},
        {"dinner lady", "midday supervisor"},
        {"dinner ladies", "midday supervisor"},
        // a calm, non-judgemental manner is no judgement of the post's own
        {"non judgemental", "nonjudgemental"},
        {"non judgmental", "nonjudgemental"},
        // the School Games Organisers took over the School Sport Coordinators' work in 2011
        {"school games organiser", "school sports coordinator"},
        {"school games organisers", "school sports coordinator"},
        {"school games organizer", "school sports coordinator"},
        // the short forms of titles
        {"snr", "senior"},
        {"asst", "assistant"},
        {"head teacher", "headteacher"},
        {"school wide", "schoolwide"},
        {"whole school", "schoolwide"},
        {"first aider", "first aid"},
        {"line manager", "linemanager"},
        {"line managers", "linemanager"},
        // "per" is a stop word: "in line with a policy" says nothing of line management
        {"in line with", "per"},
        // nor "in order to" of ordering: "in order to offer the highest quality provision" orders no provisions
        {"in order to", "per"},
    };

    private static final SynonymMap SYNONYMS = synonyms();

    /** A word of the text: its analysed term and the words as written. */
    public record Token(String term, String text, int start, int end) {
        /** The word as the text writes it. */
        public String surface() {
            return text.substring(start, end);
        }
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new InformationTechnologyFilter(source);
        stream = new EnglishPossessiveFilter(stream);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new SynonymGraphFilter(stream, SYNONYMS, true);
        stream = new StopFilter(stream, STOP);
        stream = new CachedStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /** The analysed words of a text, in order, each with the text it came from. */
    public List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), text, offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** The analysed terms only. */
    public List<String> terms(String text) {
        return tokens(text).stream().map(Token::term).toList();
    }

    private static SynonymMap synonyms() {
        try {
            SynonymMap.Builder builder = new SynonymMap.Builder(true);
            for (String[] pair : SAME_THING) {
                builder.add(phrase(pair[0]), phrase(pair[1]), false);
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CharsRef phrase(String words) {
        return SynonymMap.Builder.join(words.split(" "), new CharsRefBuilder());
    }
}
