/** The inside of grade suggestion: text analysis, the BM25 statement index, titles, cues and the ordinal vote. */
@NullMarked
package org.rolebook.matching.internal;

import org.jspecify.annotations.NullMarked;
