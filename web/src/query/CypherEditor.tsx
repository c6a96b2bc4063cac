import { useEffect, useRef } from 'react';
import { autocompletion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { defaultHighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, placeholder } from '@codemirror/view';

export interface GraphVocabulary {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

/** After ":" labels and relationship types, after "." property keys, from the graph's model. */
function completionsFrom(vocabulary: GraphVocabulary) {
  return (context: CompletionContext): CompletionResult | null => {
    const word = context.matchBefore(/[:.]\w*/);
    if (!word || (word.from === word.to && !context.explicit)) return null;
    const options = word.text.startsWith(':')
      ? [...vocabulary.labels.map((label) => ({ label, type: 'class' })), ...vocabulary.relationshipTypes.map((type) => ({ label: type, type: 'type' }))]
      : vocabulary.propertyKeys.map((key) => ({ label: key, type: 'property' }));
    return { from: word.from + 1, options, validFor: /^\w*$/ };
  };
}

const theme = EditorView.theme({
  '&': { border: '1px solid #8793a3', borderRadius: '6px', background: '#fff', fontSize: '0.92rem' },
  '&.cm-focused': { outline: '3px solid #ffbf47', outlineOffset: '2px' },
  '.cm-content': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', minHeight: '9rem', padding: '0.5rem 0' },
  '.cm-gutters': { background: '#f4f6f9', color: '#4a5568', borderRight: '1px solid #d5dbe3' },
  '.cm-scroller': { maxHeight: '22rem', overflow: 'auto' },
  '.cm-placeholder': { color: '#5b6573' },
});

/**
 * The Cypher editor: CodeMirror 6 with the Cypher mode, completion of the graph's vocabulary and Ctrl+Enter to
 * run. It lives in a shadow root, where CodeMirror's styles go into a constructed style sheet: the service's
 * Content-Security-Policy refuses the <style> element it would otherwise add to the page.
 */
export function CypherEditor({ value, onChange, onRun, vocabulary, label, placeholderText }: {
  value: string;
  onChange(value: string): void;
  onRun(): void;
  vocabulary: GraphVocabulary;
  label: string;
  placeholderText: string;
}) {
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const completion = useRef(new Compartment());
  const callbacks = useRef({ onChange, onRun });
  callbacks.current = { onChange, onRun };

  useEffect(() => {
    const host = hostRef.current!;
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const view = new EditorView({
      root,
      parent: root,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(), history(), theme, placeholder(placeholderText),
          StreamLanguage.define(cypher), syntaxHighlighting(defaultHighlightStyle),
          completion.current.of(autocompletion({ override: [completionsFrom(vocabulary)] })),
          keymap.of([{ key: 'Mod-Enter', run: () => { callbacks.current.onRun(); return true; } }, ...defaultKeymap, ...historyKeymap]),
          EditorView.lineWrapping,
          // Inside the shadow root an aria-describedby could not reach the hint outside it; the label says what it is.
          EditorView.contentAttributes.of({ 'aria-label': label }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacks.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    viewRef.current = view;
    return () => view.destroy();
    // Made once: value and vocabulary changes reach the editor through the effects below.
  }, []);

  useEffect(() => {
    const view = viewRef.current;
    if (view && view.state.doc.toString() !== value) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    viewRef.current?.dispatch({ effects: completion.current.reconfigure(autocompletion({ override: [completionsFrom(vocabulary)] })) });
  }, [vocabulary]);

  return <div ref={hostRef} className="cypher-editor" />;
}
