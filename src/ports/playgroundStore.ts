// What the playground's seller desk and its push need beyond the deals core: the demo sellers a
// page can play (a SellerMember on platform "playground", the local stand-in for Discord's /link),
// the pages playing a seller, and a played seller's contact line.
export interface DemoSeller {
  id: string;
  name: string;
  country: string | null;
  products: number;
}

export interface PlaygroundStore {
  /** Products in the catalog (the demo catalog is seeded when there are none). */
  productCount(): Promise<number>;
  /** Sellers that have products, by name. */
  demoSellers(): Promise<DemoSeller[]>;
  /** Makes this session speak for `sellerId` (replacing any seller it played); null when there is no such seller. */
  playSeller(session: string, sellerId: string): Promise<{ id: string; name: string; country: string | null } | null>;
  playedSeller(session: string): Promise<{ id: string; name: string } | null>;
  /** Sessions currently playing this seller: where its leads are pushed. */
  sessionsOfSeller(sellerId: string): Promise<string[]>;
  sellerName(sellerId: string): Promise<string | null>;
  /** Whether the lead is this seller's. */
  isSellersLead(sellerId: string, introductionId: string): Promise<boolean>;
  sellerContact(sellerId: string): Promise<string | null>;
  saveSellerContact(sellerId: string, contact: string): Promise<void>;
}
