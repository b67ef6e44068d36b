import { Table, Text, UnstyledButton } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import { useRowWindow } from '../../../components/row-window.ts';
import { TableScrollBox, WindowRows } from '../../../components/table-window.tsx';

type Reachability = ResponseOf<'DescribeReachability'>;

interface ReachabilityMatrixProps {
  reachability: Reachability;
  onPick: (fromInstanceId: string, toInstanceId: string) => void;
}

/** Rows are sources, columns destinations; a cell opens the two verdicts behind it. Many sources: rows in view only. */
export function ReachabilityMatrix({ reachability, onPick }: ReachabilityMatrixProps) {
  const instances = reachability.Instances.Instance;
  const nameOf = (i: (typeof instances)[number]) => i.InstanceName || i.InstanceId;
  const rowWindow = useRowWindow(instances.length, (i) => instances[i]?.InstanceId ?? i, 50);
  return (
    <TableScrollBox
      isWindowed={rowWindow.isWindowed}
      scrollBoxRef={rowWindow.setScrollBox}
      label="Reachability matrix"
      minWidth={400}
    >
      <Table
        withTableBorder
        withColumnBorders
        aria-label="Reachability matrix"
        w="auto"
        stickyHeader={rowWindow.isWindowed}
        {...rowWindow.tableProps}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <Text size="xs" c="dimmed">
                From ↓ / To →
              </Text>
            </Table.Th>
            {instances.map((to) => (
              <Table.Th key={to.InstanceId} ta="center">
                {nameOf(to)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <WindowRows
            rowWindow={rowWindow}
            colSpan={instances.length + 1}
            renderRow={(i, rowProps) => {
              const from = instances[i] as (typeof instances)[number];
              return (
                <Table.Tr key={from.InstanceId} {...rowProps}>
                  <Table.Th scope="row">
                    {nameOf(from)}
                    <Text size="xs" c="dimmed" ff="monospace">
                      {from.PrivateIpAddress}
                    </Text>
                  </Table.Th>
                  {instances.map((to, j) => {
                    const cell = reachability.Matrix[i]?.[j];
                    if (cell === null || cell === undefined) {
                      return (
                        <Table.Td key={to.InstanceId} ta="center" c="dimmed" aria-label="same instance">
                          —
                        </Table.Td>
                      );
                    }
                    const word = cell ? 'allowed' : 'denied';
                    return (
                      <Table.Td key={to.InstanceId} ta="center" bg={cell ? 'green.0' : 'red.0'}>
                        <UnstyledButton
                          aria-label={`${nameOf(from)} to ${nameOf(to)}: ${word}`}
                          onClick={() => onPick(from.InstanceId, to.InstanceId)}
                          c={cell ? 'green.8' : 'red.8'}
                          fw={700}
                          px="sm"
                        >
                          {cell ? '✓' : '✗'}
                        </UnstyledButton>
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              );
            }}
          />
        </Table.Tbody>
      </Table>
    </TableScrollBox>
  );
}
