import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

afterEach(cleanup);

let broken = true;
function Fragile() {
  if (broken) throw new RangeError('Maximum call stack size exceeded');
  return <p>panel content</p>;
}

describe('ErrorBoundary', () => {
  it('shows which part failed in plain words, keeps its neighbours, and can try again', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    render(
      <div>
        <ErrorBoundary name="the timeline">
          <Fragile />
        </ErrorBoundary>
        <p>other panel</p>
      </div>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(
      /^The timeline could not be shown: an unexpected error inside the viewer .*The rest of the page still works\./,
    );
    expect(alert.textContent).not.toMatch(/Maximum call stack/);
    expect(screen.getByText('other panel')).toBeTruthy();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('panel content')).toBeTruthy();
    log.mockRestore();
  });
});
