import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '@/testing/render';
import { LIST_CARD_ROWS, ListCard } from '../components/list-card';

const row = (i: number) => ({ key: i, title: `Account ${i}`, to: `/accounts/${i}` });

describe('ListCard', () => {
  it('shows the first rows, the total, and how many more there are', () => {
    // The Dashboard passes only the rows it shows, with the count of all of them.
    renderWithProviders(
      <ListCard
        title="QBRs due or overdue"
        empty="None"
        count={2500}
        rows={Array.from({ length: LIST_CARD_ROWS }, (_, i) => row(i))}
      />,
    );
    const card = screen.getByRole('region', { name: 'QBRs due or overdue' });
    expect(within(card).getAllByRole('link')).toHaveLength(LIST_CARD_ROWS);
    expect(within(card).getByText('2500')).toBeInTheDocument();
    expect(within(card).getByText(`and ${2500 - LIST_CARD_ROWS} more`)).toBeInTheDocument();
  });

  it('counts the rows themselves when no total is given', () => {
    renderWithProviders(
      <ListCard title="High risks" empty="None" rows={Array.from({ length: 10 }, (_, i) => row(i))} />,
    );
    const card = screen.getByRole('region', { name: 'High risks' });
    expect(within(card).getAllByRole('link')).toHaveLength(LIST_CARD_ROWS);
    expect(within(card).getByText('and 2 more')).toBeInTheDocument();
  });

  it('says so when there is nothing to show', () => {
    renderWithProviders(
      <ListCard title="Overdue actions" empty="No action is past its due date." rows={[]} />,
    );
    expect(screen.getByText('No action is past its due date.')).toBeInTheDocument();
    expect(screen.queryByText(/more$/)).not.toBeInTheDocument();
  });
});
