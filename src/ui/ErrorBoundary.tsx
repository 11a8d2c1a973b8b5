import { Component, type ReactNode } from 'react';
import { describeError } from '../app/describe-error';

interface Props {
  /** What the boundary holds, for the message: "the place list", "this popup". */
  name: string;
  children: ReactNode;
}

/**
 * Keeps a fault in one part of the page in that part: it shows what could not be shown and
 * why, with a way to try again, while the map and the other panels go on working.
 */
export class ErrorBoundary extends Component<Props, { error: unknown; failed: boolean }> {
  state = { error: null as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="panel-error">
        <p>
          {`${this.props.name[0].toUpperCase()}${this.props.name.slice(1)} could not be shown: ${describeError(this.state.error)}. The rest of the page still works.`}
        </p>
        <button type="button" onClick={() => this.setState({ error: null, failed: false })}>
          Try again
        </button>
      </div>
    );
  }
}
