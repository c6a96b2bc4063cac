import { IsLatitude, IsLongitude } from 'class-validator';
import { Field, Float, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A geographic point (WGS 84)' })
export class GeoPoint {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;
}

@InputType()
export class GeoPointInput {
  @Field(() => Float)
  @IsLatitude({ message: 'latitude must be between -90 and 90' })
  latitude!: number;

  @Field(() => Float)
  @IsLongitude({ message: 'longitude must be between -180 and 180' })
  longitude!: number;
}
