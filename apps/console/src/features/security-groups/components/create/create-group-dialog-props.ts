/** What every cloud's Create Security Group dialog takes; the create button chooses the dialog by the cloud. */
export interface CreateGroupDialogProps {
  regionId: string;
  opened: boolean;
  onClose: () => void;
  /** `inboundRules`: how many inbound rules the group was created with. */
  onCreated: (groupId: string, inboundRules: number) => void;
}
